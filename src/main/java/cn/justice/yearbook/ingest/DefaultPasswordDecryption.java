package cn.justice.yearbook.ingest;

import cn.justice.yearbook.finding.Rule;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * Decrypts an encrypted xlsx with Excel's built-in password ("VelvetSweatshop"), which Excel uses when a
 * workbook is protected without an opening password and opens without asking. Any other password means
 * the file is encrypted for staff's purposes; so does any failure before the password is confirmed (a
 * damaged EncryptionInfo is still an encrypted file, and removing the password is still the remedy).
 */
final class DefaultPasswordDecryption {

    private DefaultPasswordDecryption() {
    }

    /** @return the decrypted package, a zip of at most {@code maxBytes} */
    static byte[] decrypt(Path path, long maxBytes) throws UnreadableFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            Decryptor decryptor = unlock(fs);
            try (InputStream in = decryptor.getDataStream(fs)) {
                long length = decryptor.getLength(); // known once the stream is open
                if (length < 0 || length > maxBytes) {
                    throw new UnreadableFileException(Rule.FILE_UNREADABLE, "加密文件内部声明的长度异常，文件已损坏",
                            "EncryptedPackage declares " + length + " bytes", null);
                }
                byte[] bytes = in.readNBytes((int) length); // grows with the data, does not trust the length
                if (bytes.length < length) {
                    throw new UnreadableFileException(Rule.FILE_UNREADABLE, FileKind.TRUNCATED_ZIP.detailZh(),
                            "EncryptedPackage ends after " + bytes.length + " of " + length + " bytes", null);
                }
                return bytes;
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw OpenFailureClassifier.classify(e, FileKind.ENCRYPTED_OOXML, "decrypting with the default password");
        }
    }

    private static Decryptor unlock(POIFSFileSystem fs) throws UnreadableFileException {
        boolean unlocked;
        Decryptor decryptor;
        try {
            decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            unlocked = decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw encrypted("cannot read the encryption header: " + WorkbookOpener.describe(e), e);
        }
        if (!unlocked) {
            throw encrypted("the default password does not open it", null);
        }
        return decryptor;
    }

    private static UnreadableFileException encrypted(String operatorMessage, Throwable cause) {
        return new UnreadableFileException(Rule.FILE_ENCRYPTED, FileKind.ENCRYPTED_OOXML.detailZh(),
                "encrypted OOXML: " + operatorMessage, cause);
    }
}
