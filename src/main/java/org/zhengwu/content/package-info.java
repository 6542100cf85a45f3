/**
 * Content: content items of every kind (news, notices, policy documents with their disclosure metadata,
 * interpretations, photo news, single pages), their sanitized bodies, attachments, and the public events that tell
 * publishing when an item goes online or offline.
 */
package org.zhengwu.content;
