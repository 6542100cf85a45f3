package org.zhengwu.audit.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.crypto.CryptoProperties;
import org.zhengwu.platform.crypto.KeyFiles;
import org.zhengwu.platform.crypto.KeyedMac;
import org.zhengwu.platform.crypto.SigningKey;
import org.zhengwu.platform.storage.DataDirectory;

/**
 * The audit log's keys, kept outside the database: the seal's MAC key ({@code zhengwu.crypto.audit-mac-key}, else
 * {@code {data-dir}/keys/audit-mac.key}) and the anchors' signing key ({@code zhengwu.crypto.anchor-key}, else
 * {@code {data-dir}/keys/audit-anchor-ALGORITHM.key}), each generated on the first start when not configured.
 */
@Component
public class AuditKeys {

    static final String MAC_FILE = "audit-mac.key";
    /** Written once the chain is sealed: a database whose seals were all removed is not sealed afresh. */
    static final String SEALED_FILE = "audit-chain.sealed";

    private final Path dir;
    private final KeyedMac mac;
    private final SigningKey signer;

    AuditKeys(CryptoProperties crypto, DataDirectory data) {
        this.dir = data.root().resolve("keys");
        this.mac = new KeyedMac(crypto.auditMac(), KeyFiles.key(crypto.auditMacKey(), "zhengwu.crypto.audit-mac-key",
                dir.resolve(MAC_FILE), 32, "审计日志封存密钥", "丢失后审计日志无法再校验完整性"));
        this.signer = new SigningKey(crypto.anchorSignature(), KeyFiles.key(crypto.anchorKey(), "zhengwu.crypto.anchor-key",
                anchorFile(crypto.anchorSignature()), 32, "审计锚点签名密钥", "丢失后已导出的锚点无法再核对"));
    }

    public KeyedMac mac() {
        return mac;
    }

    /** The key new anchors are signed with. */
    public SigningKey signer() {
        return signer;
    }

    /**
     * The key an anchor signed with this algorithm verifies against: the current one, or, after the setting changed,
     * the generated key file of the other algorithm when it is still there.
     */
    public Optional<SigningKey> verifier(SigningKey.Algorithm algorithm) {
        if (algorithm == signer.algorithm()) {
            return Optional.of(signer);
        }
        Path file = anchorFile(algorithm);
        return Files.exists(file)
                ? Optional.of(new SigningKey(algorithm, KeyFiles.key(null, "zhengwu.crypto.anchor-key", file, 32, "", "")))
                : Optional.empty();
    }

    Path sealedMarker() {
        return dir.resolve(SEALED_FILE);
    }

    private Path anchorFile(SigningKey.Algorithm algorithm) {
        return dir.resolve("audit-anchor-" + algorithm.code() + ".key");
    }
}
