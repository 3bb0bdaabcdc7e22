package dev.kefu.kb.catalog;

/** Whether the bot answers with an entry. */
public enum EntryStatus {
    /** In the live knowledge base. */
    PUBLISHED,
    /** Being written or reviewed; the bot does not see it. */
    DRAFT
}
