package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.document.AttachmentFile;
import pl.metryka.domain.model.document.AttachmentStore;
import pl.metryka.domain.model.document.FileContent;
import pl.metryka.infrastructure.search.TextExtraction;

/**
 * Keeps attachment bytes in {@code attachment_blob}; INSERT IGNORE makes a second copy a no-op. The
 * bytes are streamed from the upload's spool file to the database, never held whole.
 * The file's text, when it has one, goes to {@code attachment_text} for the search index.
 */
@ApplicationScoped
public class JpaAttachmentStore implements AttachmentStore {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public AttachmentFile store(String fileName, String mediaType, FileContent content, String description) {
        String sha256 = content.sha256();
        Number stored = (Number) em.createNativeQuery("SELECT COUNT(*) FROM attachment_blob WHERE sha256 = ?")
                .setParameter(1, sha256)
                .getSingleResult();
        if (stored.longValue() == 0) {
            insertStreamed(sha256, content);
        }
        storeText(sha256, mediaType, content);
        return new AttachmentFile(fileName, mediaType, content.size(), sha256, description);
    }

    /**
     * The bytes go to the driver as a stream (setBinaryStream with its length), on the connection of
     * the running transaction: a native query's parameter would be bound as a whole byte[].
     */
    private void insertStreamed(String sha256, FileContent content) {
        Connection connection = em.unwrap(Connection.class);
        try (InputStream in = content.open();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT IGNORE INTO attachment_blob (sha256, size, content) VALUES (?, ?, ?)")) {
            insert.setString(1, sha256);
            insert.setLong(2, content.size());
            insert.setBinaryStream(3, in, content.size());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Could not store attachment " + sha256, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text for the search index, extracted once per stored file. */
    private void storeText(String sha256, String mediaType, FileContent content) {
        Number known = (Number) em.createNativeQuery("SELECT COUNT(*) FROM attachment_text WHERE sha256 = ?")
                .setParameter(1, sha256)
                .getSingleResult();
        if (known.longValue() > 0) {
            return;
        }
        TextExtraction.extract(mediaType, content)
                .ifPresent(
                        text -> em.createNativeQuery("INSERT IGNORE INTO attachment_text (sha256, text) VALUES (?, ?)")
                                .setParameter(1, sha256)
                                .setParameter(2, text)
                                .executeUpdate());
    }

    @Override
    public boolean removeIfUnused(String sha256) {
        em.flush();
        Number used = (Number) em.createNativeQuery("SELECT COUNT(*) FROM attachment WHERE sha256 = ?")
                .setParameter(1, sha256)
                .getSingleResult();
        if (used.longValue() > 0) {
            return false;
        }
        // the guard triggers allow these deletes only for a file a redaction record names
        em.createNativeQuery("DELETE FROM attachment_text WHERE sha256 = ?")
                .setParameter(1, sha256)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM attachment_blob WHERE sha256 = ?")
                .setParameter(1, sha256)
                .executeUpdate();
        return true;
    }

    @Override
    public Optional<byte[]> content(String sha256) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("SELECT content FROM attachment_blob WHERE sha256 = ?")
                .setParameter(1, sha256)
                .getResultList();
        return rows.stream().findFirst();
    }
}
