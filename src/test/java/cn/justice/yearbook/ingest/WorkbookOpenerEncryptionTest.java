package cn.justice.yearbook.ingest;

import cn.justice.yearbook.finding.Rule;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A password staff set must be removed by staff; Excel's built-in default password ("VelvetSweatshop",
 * used when a workbook is protected without an opening password) opens silently, as it does in Excel.
 */
class WorkbookOpenerEncryptionTest {

    @TempDir
    Path dir;

    private final WorkbookOpener opener = new WorkbookOpener();

    @Test
    void opensAnXlsxEncryptedWithExcelsDefaultPassword() throws Exception {
        OpenOutcome outcome = open("默认密码.xlsx", encryptedXlsx(Decryptor.DEFAULT_PASSWORD));

        assertThat(outcome.opened()).as(outcome + ": " + outcome.operatorMessage()).isTrue();
        assertThat(outcome.cells()).isEqualTo(83);
    }

    @Test
    void rejectsAnXlsxWithAnOpeningPasswordAsEncrypted() throws Exception {
        OpenOutcome outcome = open("加密.xlsx", encryptedXlsx("渠南2025"));

        assertThat(outcome.rule()).isEqualTo(Rule.FILE_ENCRYPTED);
        assertThat(outcome.operatorMessage()).contains("default password does not open it");
    }

    @Test
    void rejectsAnEncryptedPackageThatIsNotAWorkbookForWhatItIs() throws Exception {
        OpenOutcome outcome = open("加密文档.xlsx", encrypt(TestPackages.docx(), Decryptor.DEFAULT_PASSWORD));

        assertThat(outcome.rule()).isEqualTo(Rule.FILE_UNSUPPORTED_FORMAT);
        assertThat(outcome.detailZh()).isEqualTo("Word 文档");
    }

    @Test
    void opensAnXlsEncryptedWithExcelsDefaultPassword() throws Exception {
        OpenOutcome outcome = open("默认密码.xls", encryptedXls(Decryptor.DEFAULT_PASSWORD));

        assertThat(outcome.opened()).as(outcome + ": " + outcome.operatorMessage()).isTrue();
    }

    @Test
    void rejectsAnXlsWithAnOpeningPasswordAsEncrypted() throws Exception {
        OpenOutcome outcome = open("加密.xls", encryptedXls("渠南2025"));

        assertThat(outcome.rule()).isEqualTo(Rule.FILE_ENCRYPTED);
    }

    @Test
    void doesNotMistakeWorkbookProtectionForEncryption() throws Exception {
        byte[] protectedStructure;
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("报表").protectSheet("sheet-password");
            workbook.write(out);
            protectedStructure = out.toByteArray();
        }

        assertThat(open("保护.xls", protectedStructure).opened()).isTrue();
    }

    private OpenOutcome open(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> OpenOutcome.of(opener, file));
    }

    private static byte[] encryptedXlsx(String password) throws IOException, GeneralSecurityException {
        return encrypt(TestPackages.realXlsx(), password);
    }

    private static byte[] encrypt(byte[] pkg, String password) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(pkg);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptedXls(String password) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("报表").createRow(0).createCell(0).setCellValue("人民调解案件数");
            workbook.write(out);
            return out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }
}
