package dev.relaymanager.adapter.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the state file with plain JDBC on a fresh connection, beneath the repositories. */
final class RawSql {
  private RawSql() {}

  /** Every row of {@code sql}, each as column label to value. */
  static List<Map<String, Object>> rows(SqliteDatabase database, String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      ResultSetMetaData meta = result.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (result.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i), result.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** The only row of {@code sql}. */
  static Map<String, Object> one(SqliteDatabase database, String sql) throws SQLException {
    List<Map<String, Object>> rows = rows(database, sql);
    if (rows.size() != 1) {
      throw new IllegalStateException("expected one row, got " + rows.size());
    }
    return rows.get(0);
  }

  /** The first column of every row of {@code sql}, as text. */
  static List<String> texts(SqliteDatabase database, String sql) throws SQLException {
    List<String> texts = new ArrayList<>();
    for (Map<String, Object> row : rows(database, sql)) {
      texts.add(String.valueOf(row.values().iterator().next()));
    }
    return texts;
  }
}
