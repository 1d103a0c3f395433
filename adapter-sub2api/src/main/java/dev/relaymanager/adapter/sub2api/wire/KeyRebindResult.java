package dev.relaymanager.adapter.sub2api.wire;

/** The data of an admin key rebind (contract §9.3): the key and whether a group was granted. */
public record KeyRebindResult(UserApiKey apiKey, Boolean autoGrantedGroupAccess) {}
