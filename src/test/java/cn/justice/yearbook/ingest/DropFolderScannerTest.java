package cn.justice.yearbook.ingest;

import cn.justice.yearbook.ingest.DropFolderScanner.FoundFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DropFolderScannerTest {

    @TempDir
    Path input;

    /**
     * What a drop folder holds, listed once with the attributes the walk reads: the same files, fields and order as
     * listing every path and reading each file's attributes again (the scanner before it took the walk's).
     */
    @Test
    void listsEveryRegularFileInPathOrderWithItsAttributes() throws IOException {
        List<String> files = List.of("渠南街道.xlsx", "2025/云溪镇.xlsx", "2025/b.xls", "2024/云溪镇.xlsx", "2024/~$云溪镇.xlsx",
                "2025/.~lock.b.xls#", "2025/片区/青山镇.xlsx", "2025/片区/一/二.xlsx", "2025/片区/一/二/太深.xlsx",
                ".隐藏/a.xlsx", "desktop.ini", "2025/c.xlsx.crdownload", "Z.xlsx", "a.xlsx", "2025/2024/何年.xlsx");
        for (int i = 0; i < files.size(); i++) {
            Path file = input.resolve(files.get(i));
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[i * 7]);
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-02T03:04:05Z").plusSeconds(i)));
        }
        Files.createDirectories(input.resolve("2025/片区/一/空"));
        Files.createSymbolicLink(input.resolve("链接.xlsx"), input.resolve("a.xlsx"));
        Files.createSymbolicLink(input.resolve("2023"), input.resolve("2025"));

        for (Integer year : new Integer[] {null, 2025, 2024, 2023}) {
            assertThat(new DropFolderScanner().scan(input, year)).as("year %s", year).isEqualTo(listedOneByOne(year));
        }
        assertThat(new DropFolderScanner().scan(input, null)).extracting(FoundFile::relativePath).containsExactly(
                ".隐藏/a.xlsx", "2024/~$云溪镇.xlsx", "2024/云溪镇.xlsx", "2025/.~lock.b.xls#", "2025/2024/何年.xlsx",
                "2025/b.xls", "2025/c.xlsx.crdownload", "2025/云溪镇.xlsx", "2025/片区/一/二.xlsx", "2025/片区/青山镇.xlsx",
                "Z.xlsx", "a.xlsx", "desktop.ini", "渠南街道.xlsx");
        assertThat(new DropFolderScanner().scan(input, 2024)).extracting(FoundFile::relativePath, FoundFile::folderYear)
                .contains(tuple("2024/云溪镇.xlsx", 2024), tuple("渠南街道.xlsx", null))
                .noneMatch(t -> t.toList().get(0).toString().startsWith("2025/"));
    }

    /** The listing as the scanner made it before: every path to depth 4, each regular file's attributes read again. */
    private List<FoundFile> listedOneByOne(Integer year) throws IOException {
        List<FoundFile> found = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(input, 4)) {
            for (Path path : paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                Path relative = input.relativize(path);
                String relativePath = relative.toString().replace('\\', '/');
                Integer folderYear = DropFolderScanner.folderYear(relativePath);
                if (year != null && folderYear != null && !folderYear.equals(year)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                found.add(new FoundFile(path, relativePath, path.getFileName().toString(), attributes.size(),
                        attributes.lastModifiedTime().toInstant(), folderYear, DropFolderScanner.ignoredBecause(relative)));
            }
        }
        return found;
    }
}
