package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import cn.justice.yearbook.finding.Rule;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

import static cn.justice.yearbook.ingest.PoiSecurityLimits.GRACE_ENTRY_SIZE;
import static cn.justice.yearbook.ingest.PoiSecurityLimits.MAX_ENTRY_SIZE;
import static cn.justice.yearbook.ingest.PoiSecurityLimits.MAX_FILE_COUNT;
import static cn.justice.yearbook.ingest.PoiSecurityLimits.MAX_TOTAL_INFLATED_SIZE;
import static cn.justice.yearbook.ingest.PoiSecurityLimits.MIN_INFLATE_RATIO;

/**
 * Inflates every entry of a package once, before POI sees it, and checks what the zip claims against
 * what it holds. Sizes in a zip are the writer's word; only inflating shows the truth, and a stream that
 * stops at the limit costs at most the limit. It also proves the two views of a zip agree (the central
 * directory POI uses for a file, the local entries it uses for a stream), so no reader sees other content.
 * An ordinary zip held in memory is walked by {@link PlainZipEntries}; whatever that walk does not take is walked
 * with commons-compress, which gives every verdict.
 */
final class ZipIntegrityCheck {

    private static final int BUFFER = 1 << 16;

    private ZipIntegrityCheck() {
    }

    static void verify(ZipBytes zip) throws UnreadableFileException {
        try (ZipParts parts = ZipParts.of(zip)) {
            verify(parts);
        }
    }

    /** The same, keeping in {@code parts} what it inflated for the stream reader to read again. */
    static void verify(ZipParts parts) throws UnreadableFileException {
        Map<String, ZipArchiveEntry> central = centralEntries(parts);
        byte[] inMemory = parts.bytes().inMemory();
        if (inMemory == null || !PlainZipEntries.verified(inMemory, central, parts)) {
            verifyLocalEntries(parts, central);
        }
    }

    /** The same, every zip walked with commons-compress: what {@link PlainZipEntries} is measured against. */
    static void verifyWithoutPlainWalk(ZipParts parts) throws UnreadableFileException {
        verifyLocalEntries(parts, centralEntries(parts));
    }

    private static void verifyLocalEntries(ZipParts parts, Map<String, ZipArchiveEntry> central) throws UnreadableFileException {
        Set<String> seen = new HashSet<>();
        long total = 0;
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(parts.bytes().stream(), StandardCharsets.UTF_8.name(), true, true, true)) {
            byte[] buffer = new byte[BUFFER];
            for (ZipArchiveEntry local = in.getNextEntry(); local != null; local = in.getNextEntry()) {
                ZipArchiveEntry listed = central.get(local.getName());
                if (listed == null || !seen.add(local.getName())) {
                    throw inconsistent("local entry " + local.getName() + " is not listed once in the central directory");
                }
                total += inflate(in, local, listed, parts, buffer, total);
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Rule.FILE_UNREADABLE, "文件内部的压缩数据已损坏",
                    "zip data cannot be inflated: " + WorkbookOpener.describe(e), e);
        }
        if (seen.size() != central.size()) {
            throw inconsistent("central directory lists " + central.size() + " entries, the data holds " + seen.size());
        }
    }

    private static Map<String, ZipArchiveEntry> centralEntries(ZipParts parts) throws UnreadableFileException {
        Map<String, ZipArchiveEntry> central = new HashMap<>();
        try {
            for (ZipArchiveEntry entry : parts.entries()) {
                if (central.size() >= MAX_FILE_COUNT) {
                    throw new UnreadableFileException(Rule.FILE_SECURITY_LIMIT, "内部组成部分过多（超过 " + MAX_FILE_COUNT + " 个）",
                            "zip has more than " + MAX_FILE_COUNT + " entries", null);
                }
                central.put(entry.getName(), entry);
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Rule.FILE_UNREADABLE, FileKind.TRUNCATED_ZIP.detailZh(),
                    "zip central directory cannot be read: " + WorkbookOpener.describe(e), e);
        }
        return central;
    }

    /** Inflates the current entry, counting; returns its size. A copy goes to {@code parts} if it has room. */
    private static long inflate(ZipArchiveInputStream in, ZipArchiveEntry local, ZipArchiveEntry listed, ZipParts parts,
                                byte[] buffer, long totalBefore) throws IOException, UnreadableFileException {
        CRC32 crc = new CRC32();
        long size = 0;
        byte[] copy = parts.hasRoomFor(listed) ? new byte[(int) listed.getSize()] : null;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            size += read;
            crc.update(buffer, 0, read);
            checkLimits(listed.getName(), size, in.getCompressedCount(), totalBefore + size);
            if (copy != null && size <= copy.length) {
                System.arraycopy(buffer, 0, copy, (int) (size - read), read);
            }
        }
        if (listed.getSize() >= 0 && listed.getSize() != size) {
            throw inconsistent(listed.getName() + " inflates to " + size + " bytes, the directory says " + listed.getSize());
        }
        if (listed.getCrc() >= 0 && listed.getCrc() != crc.getValue()) {
            throw new UnreadableFileException(Rule.FILE_UNREADABLE, "文件内部数据校验失败，文件已损坏",
                    "CRC mismatch in zip entry " + listed.getName(), null);
        }
        if (copy != null) {
            parts.keepIfSameData(local, listed, in.getCompressedCount(), copy);
        }
        return size;
    }

    private static void checkLimits(String name, long size, long compressed, long total) throws UnreadableFileException {
        if (size > GRACE_ENTRY_SIZE && compressed < size * MIN_INFLATE_RATIO) {
            throw new UnreadableFileException(Rule.FILE_SECURITY_LIMIT, "压缩比异常，疑似“压缩炸弹”",
                    "zip bomb: " + name + " inflated to " + size + " bytes from " + compressed, null);
        }
        if (size > MAX_ENTRY_SIZE) {
            throw new UnreadableFileException(Rule.FILE_TOO_LARGE, "解压后单个部分超过 " + (MAX_ENTRY_SIZE >> 20) + " MB 的上限",
                    "zip entry " + name + " inflates beyond " + MAX_ENTRY_SIZE + " bytes", null);
        }
        if (total > MAX_TOTAL_INFLATED_SIZE) {
            throw new UnreadableFileException(Rule.FILE_TOO_LARGE, "解压后内容超过 " + (MAX_TOTAL_INFLATED_SIZE >> 20) + " MB 的上限",
                    "zip inflates beyond " + MAX_TOTAL_INFLATED_SIZE + " bytes in total", null);
        }
    }

    private static UnreadableFileException inconsistent(String operatorMessage) {
        return new UnreadableFileException(Rule.FILE_UNREADABLE, "文件内部结构前后不一致，可能已损坏或被改动过",
                "zip views disagree: " + operatorMessage, null);
    }
}
