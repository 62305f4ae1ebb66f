package org.reviewworkspace.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one {@link Attachment}, kept apart so that lists of attachments stay light. */
@Entity
@Table(name = "attachment_content")
class AttachmentContent {

    @Id
    private Long attachmentId;
    private byte[] content;

    protected AttachmentContent() {
    }

    AttachmentContent(Long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
