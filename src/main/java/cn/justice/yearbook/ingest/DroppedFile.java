package cn.justice.yearbook.ingest;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file found in the drop folder, identified by its content.
 *
 * @param name         the file name as staff gave it
 * @param relativePath the path below the drop folder, for messages (「2025/渠南街道.xlsx」)
 * @param sha256       hex SHA-256 of the bytes: the same bytes dropped twice are one submission
 * @param folderYear   the year of the folder it sits in (input/2025/…), or null for loose files
 */
public record DroppedFile(Path path, String name, String relativePath, long size, Instant modified, String sha256,
                          Integer folderYear) {
}
