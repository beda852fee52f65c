package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import cn.justice.yearbook.testing.SampleInput;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The sniffer names what a file is from its bytes, whatever it is called. */
class FileSnifferTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private final FileSniffer sniffer = new FileSniffer();

    @Test
    void namesEachCorpusFileForWhatItIs() throws IOException {
        Assumptions.assumeTrue(PoiCorpus.present(), PoiCorpus::absentMessage);
        Map<String, FileKind> expected = new LinkedHashMap<>();
        expected.put("SampleSS.xlsx", FileKind.XLSX);
        expected.put("SimpleMacro.xlsm", FileKind.XLSX);
        expected.put("12843-1.xls", FileKind.XLS);
        expected.put("password.xls", FileKind.ENCRYPTED_XLS);
        expected.put("35897-type4.xls", FileKind.ENCRYPTED_XLS);
        expected.put("protect.xlsx", FileKind.ENCRYPTED_OOXML);
        expected.put("protected_passtika.xlsx", FileKind.ENCRYPTED_OOXML);
        expected.put("crash-9bf3cd4bd6f50a8a9339d363c2c7af14b536865c.xlsx", FileKind.ENCRYPTED_OOXML);
        expected.put("SampleSS.strict.xlsx", FileKind.STRICT_OOXML);
        expected.put("Simple.xlsb", FileKind.XLSB);
        expected.put("sample.docx", FileKind.WORD_OOXML);
        expected.put("SampleSS.ods", FileKind.ODF_SPREADSHEET);
        expected.put("20-Force-on-a-current-S00.doc", FileKind.WORD_OLE2);
        expected.put("testEXCEL_95.xls", FileKind.EXCEL_95);
        expected.put("testEXCEL_3.xls", FileKind.OLD_EXCEL);
        expected.put("SampleSS.xml", FileKind.SPREADSHEET_ML_2003);
        expected.put("SampleSS.txt", FileKind.TEXT);
        expected.put("invalid.xlsx", FileKind.EMPTY_ZIP);
        expected.put("crash-274d6342e4842d61be0fb48eaadad6208ae767ae.xlsx", FileKind.TRUNCATED_ZIP);
        expected.put("duplicate-filename.xlsx", FileKind.DUPLICATE_ZIP_ENTRIES);
        expected.put("xlsx-corrupted.xlsx", FileKind.BROKEN_OOXML);

        expected.forEach((name, kind) -> assertThat(sniff(PoiCorpus.file(name)).kind()).as(name).isEqualTo(kind));
    }

    @Test
    void namesOfficeContainersByTheirMainPartNotTheirName() throws IOException {
        assertKind(TestPackages.realXlsx(), FileKind.XLSX);
        assertKind(hssfWorkbook(), FileKind.XLS);
        assertKind(TestPackages.docx(), FileKind.WORD_OOXML);
        assertKind(TestPackages.ooxml("ppt/presentation.xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "<p/>"),
                FileKind.POWERPOINT_OOXML);
        assertKind(TestPackages.ooxml("xl/workbook.bin", "application/vnd.ms-excel.sheet.binary.macroEnabled.main", "x"),
                FileKind.XLSB);
        assertKind(TestPackages.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<office:document-content/>")), FileKind.ODF_SPREADSHEET);
        assertKind(TestPackages.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<office:document-content/>")), FileKind.ODF_OTHER);
        assertKind(TestPackages.zip(Map.of("渠南街道.xlsx", "…")), FileKind.ZIP_ARCHIVE);
    }

    @Test
    void namesDamagedContainers() throws IOException {
        byte[] xlsx = TestPackages.realXlsx();
        assertKind(Arrays.copyOf(xlsx, xlsx.length / 2), FileKind.TRUNCATED_ZIP);
        assertKind(new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, FileKind.EMPTY_ZIP);
        byte[] ole2 = hssfWorkbook();
        assertKind(Arrays.copyOf(ole2, 600), FileKind.BROKEN_OLE2);
    }

    @Test
    void namesTextWhateverItsEncoding() throws IOException {
        String csv = "指标名称,本年数值\n人民调解案件数,40\n";
        assertKind(csv.getBytes(StandardCharsets.UTF_8), FileKind.CSV);
        assertKind(concat(UTF8_BOM, csv.getBytes(StandardCharsets.UTF_8)), FileKind.CSV);
        assertKind(csv.getBytes(Charset.forName("GBK")), FileKind.CSV);
        // Excel's "Unicode text": UTF-16LE with a BOM, tab-separated
        assertKind(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "指标\t数值\r\n调解\t40\r\n".getBytes(StandardCharsets.UTF_16LE)),
                FileKind.CSV);
        assertKind("2025 年度工作总结\n全年开展普法活动。\n".getBytes(Charset.forName("GBK")), FileKind.TEXT);
    }

    @Test
    void namesMarkupSavedUnderASpreadsheetName() throws IOException {
        assertKind(("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head><meta name=ProgId content=Excel.Sheet>"
                + "</head><body><table><tr><td>40</td></tr></table></body></html>").getBytes(StandardCharsets.UTF_8), FileKind.HTML);
        assertKind("<table><tr><td>人民调解</td><td>40</td></tr></table>".getBytes(StandardCharsets.UTF_8), FileKind.HTML);
        assertKind("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n".getBytes(StandardCharsets.US_ASCII),
                FileKind.HTML);
        assertKind(("<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?>"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet><Table/></Worksheet></Workbook>")
                .getBytes(StandardCharsets.UTF_8), FileKind.SPREADSHEET_ML_2003);
        assertKind("<?xml version=\"1.0\"?><report><value>40</value></report>".getBytes(StandardCharsets.UTF_8), FileKind.XML);
        assertKind("{\\rtf1\\ansi 报表}".getBytes(StandardCharsets.UTF_8), FileKind.RTF);
    }

    @Test
    void namesOtherBinaries() throws IOException {
        assertKind("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), FileKind.PDF);
        assertKind(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, FileKind.IMAGE);
        assertKind(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}, FileKind.IMAGE);
        assertKind(new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0, 0}, FileKind.ARCHIVE);
        assertKind(new byte[] {0x09, 0x00, 0x04, 0x00, 0x00, 0x00, 0x10, 0x00, 0, 0}, FileKind.OLD_EXCEL);
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        assertKind(noise, FileKind.UNKNOWN);
        assertKind(new byte[0], FileKind.EMPTY);
    }

    @Test
    void readsAZipWholeAndAnythingElseItsHeadAndNamesThemAsFromTheFile() throws IOException {
        byte[] text = "乡镇,案件数\n".repeat(2_000).getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("large.xlsx", Files.readAllBytes(largestSample()));
        files.put("small.docx", TestPackages.docx());
        files.put("long.csv", text);
        files.put("short.csv", Arrays.copyOf(text, 100));
        files.put("empty.xlsx", new byte[0]);
        files.put("huge.zip", zipOfNoise(400_000)); // beyond what is read at once: head first, then the rest
        files.put("huge.csv", "乡镇,案件数\n".repeat(30_000).getBytes(StandardCharsets.UTF_8));
        assertThat(files.get("large.xlsx").length).isGreaterThan(8192);
        assertThat(files.get("huge.zip").length).isGreaterThan(256 << 10);
        assertThat(files.get("huge.csv").length).isGreaterThan(256 << 10);
        assertThat(files.get("small.docx").length).isLessThan(8192);

        for (Map.Entry<String, byte[]> entry : files.entrySet()) {
            byte[] bytes = entry.getValue();
            Path file = Files.write(dir.resolve(entry.getKey()), bytes);
            boolean zip = bytes.length > 0 && bytes[0] == 'P';

            byte[] read;
            try (SeekableByteChannel channel = Files.newByteChannel(file)) {
                read = FileSniffer.readForSniffing(channel, channel.size());
            }

            assertThat(read).as(entry.getKey()).isEqualTo(zip ? bytes : Arrays.copyOf(bytes, Math.min(bytes.length, 8192)));
            try (ZipParts parts = ZipParts.of(ZipBytes.of(read))) {
                assertThat(sniffer.sniff(file, read, parts)).as(entry.getKey()).isEqualTo(sniffer.sniff(file));
            }
        }
    }

    private static byte[] zipOfNoise(int size) throws IOException {
        byte[] noise = new byte[size];
        new Random(7).nextBytes(noise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("noise.bin"));
            zip.write(noise);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static Path largestSample() throws IOException {
        Path largest = null;
        for (Path file : SampleInput.xlsxFiles()) {
            if (largest == null || Files.size(file) > Files.size(largest)) {
                largest = file;
            }
        }
        return largest;
    }

    private void assertKind(byte[] bytes, FileKind kind) throws IOException {
        Path file = Files.write(dir.resolve("报表-" + kind + ".xlsx"), bytes);
        SniffedFile sniffed = sniffer.sniff(file);
        assertThat(sniffed.kind()).as(sniffed.describe()).isEqualTo(kind);
        assertThat(sniffed.evidence()).isNotBlank();
    }

    private SniffedFile sniff(Path file) {
        try {
            return sniffer.sniff(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] hssfWorkbook() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("报表").createRow(0).createCell(0).setCellValue("人民调解案件数");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
