package org.zhengwu.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECNamedCurves;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * A signing key pair kept outside the database: SM2 with SM3 (GB/T 32918, the default user id) in 国密 mode, ECDSA
 * on P-256 with SHA-256 otherwise (deterministic, RFC 6979). Signatures are DER-encoded (r, s), so standard tools
 * verify them with the public key of {@link #publicKeyPem()}. Thread-safe.
 */
public final class SigningKey {

    /** The signature algorithms; the code is what a signed document names. */
    public enum Algorithm {
        ECDSA_P256("ecdsa-p256"), SM2("sm2");

        private final String code;

        Algorithm(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Algorithm ofCode(String code) {
            for (Algorithm a : values()) {
                if (a.code.equals(code)) {
                    return a;
                }
            }
            return null;
        }

        ECNamedDomainParameters domain() {
            return this == SM2
                    ? new ECNamedDomainParameters(GMObjectIdentifiers.sm2p256v1, GMNamedCurves.getByName("sm2p256v1"))
                    : new ECNamedDomainParameters(SECObjectIdentifiers.secp256r1, SECNamedCurves.getByName("secp256r1"));
        }

        Digest digest() {
            return this == SM2 ? new SM3Digest() : new SHA256Digest();
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Algorithm algorithm;
    private final ECPrivateKeyParameters privateKey;
    private final ECPublicKeyParameters publicKey;
    private final String keyId;

    /**
     * @param secret at least 16 secret bytes (a generated key file has 32); the private key is derived from them
     *               as {@code 1 + secret mod (n - 1)}, so every secret gives a valid key
     */
    public SigningKey(Algorithm algorithm, byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("a signing key secret must have at least 16 bytes");
        }
        this.algorithm = algorithm;
        ECNamedDomainParameters domain = algorithm.domain();
        BigInteger d = new BigInteger(1, secret).mod(domain.getN().subtract(BigInteger.ONE)).add(BigInteger.ONE);
        this.privateKey = new ECPrivateKeyParameters(d, domain);
        this.publicKey = new ECPublicKeyParameters(new FixedPointCombMultiplier().multiply(domain.getG(), d).normalize(), domain);
        byte[] encoded = publicKey.getQ().getEncoded(false);
        Digest digest = algorithm.digest();
        digest.update(encoded, 0, encoded.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        this.keyId = HexFormat.of().formatHex(hash, 0, 8);
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    /** The public key's fingerprint: the first 8 bytes of SM3 (SM2) or SHA-256 (ECDSA) over the uncompressed point. */
    public String keyId() {
        return keyId;
    }

    public byte[] sign(byte[] message) {
        Signer signer = signer();
        signer.init(true, new ParametersWithRandom(privateKey, RANDOM));
        signer.update(message, 0, message.length);
        try {
            return signer.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the signature is this key's over the message; false for anything malformed. */
    public boolean verify(byte[] message, byte[] signature) {
        Signer signer = signer();
        signer.init(false, publicKey);
        signer.update(message, 0, message.length);
        try {
            return signer.verifySignature(signature);
        } catch (RuntimeException e) {
            return false; // not a DER signature at all
        }
    }

    /** The public key as a PEM SubjectPublicKeyInfo (what {@code openssl pkey -pubin} reads). */
    public String publicKeyPem() {
        try {
            String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey).getEncoded());
            return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Signer signer() {
        return algorithm == Algorithm.SM2 ? new SM2Signer()
                : new DSADigestSigner(new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest())), new SHA256Digest());
    }
}
