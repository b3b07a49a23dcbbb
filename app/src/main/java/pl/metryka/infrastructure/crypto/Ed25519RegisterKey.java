package pl.metryka.infrastructure.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.metryka.application.tlog.RegisterKey;

/**
 * The installation's Ed25519 key pair that signs tree heads. Given through configuration
 * ({@code METRYKA_REGISTER_KEY}: base64 PKCS#8 private key, a dot, base64 X.509 public key — the
 * way to share one key among several instances), or else kept in the same form in
 * {@code register-signing-key} in the data folder, created at the first start. The public key is
 * published so anyone can check the heads. It also signs the C2SP checkpoints ({@code /tlog/checkpoint}).
 */
@ApplicationScoped
public class Ed25519RegisterKey implements RegisterKey {

    private static final Logger LOG = Logger.getLogger(Ed25519RegisterKey.class.getName());
    private static final String FILE = "register-signing-key";

    @Inject
    @ConfigProperty(name = "metryka.register.key")
    private Optional<String> configured;

    @Inject
    @ConfigProperty(name = "metryka.data.dir", defaultValue = "data")
    private String dataDir;

    private PrivateKey privateKey;
    private PublicKey publicKey;

    @PostConstruct
    void load() {
        try {
            String material =
                    configured.filter(k -> !k.isBlank()).map(String::strip).orElseGet(this::fromDataFolder);
            String[] parts = material.split("\\.");
            if (parts.length != 2) {
                throw new IllegalStateException("The register key must be base64 PKCS#8, a dot, base64 X.509");
            }
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            privateKey = factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(parts[0])));
            publicKey = factory.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(parts[1])));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The register signing key cannot be read", e);
        }
    }

    private String fromDataFolder() {
        Path file = Path.of(dataDir).resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            String encoded = Base64.getEncoder()
                            .encodeToString(pair.getPrivate().getEncoded()) + "."
                    + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), FILE, ".tmp");
            Files.writeString(temp, encoded);
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the folder's own permissions protect it
            }
            try {
                Files.move(temp, file);
            } catch (FileAlreadyExistsException anotherInstanceWasFaster) {
                Files.delete(temp);
                return Files.readString(file).strip();
            }
            LOG.info("Created the register signing key " + file.toAbsolutePath());
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String sign(String text) {
        return Base64.getEncoder().encodeToString(signature(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public boolean signed(String text, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public byte[] signature(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] publicKeySpki() {
        return publicKey.getEncoded();
    }

    @Override
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }
}
