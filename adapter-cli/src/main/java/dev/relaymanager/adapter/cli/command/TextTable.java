package dev.relaymanager.adapter.cli.command;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows as left-aligned columns separated by two spaces. */
final class TextTable {
  private TextTable() {}

  static void print(PrintWriter out, List<List<String>> rows) {
    print(out, rows, "");
  }

  /** Like {@link #print(PrintWriter, List)}, each line starting with {@code indent}. */
  static void print(PrintWriter out, List<List<String>> rows, String indent) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        String cell = row.get(i);
        line.append(cell);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      out.println(line);
    }
  }
}
