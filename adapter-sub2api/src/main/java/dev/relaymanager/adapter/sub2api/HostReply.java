package dev.relaymanager.adapter.sub2api;

/**
 * What the host answered: status, content type and body; the body may hold tokens, so it never
 * prints.
 */
record HostReply(int status, String contentType, String body) {
  HostReply {
    contentType = contentType == null ? "" : contentType;
    body = body == null ? "" : body;
  }

  boolean successful() {
    return status >= 200 && status < 300;
  }

  @Override
  public String toString() {
    return "HostReply[status=" + status + ", " + body.length() + " chars]";
  }
}
