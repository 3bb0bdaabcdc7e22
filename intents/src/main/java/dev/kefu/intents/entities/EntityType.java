package dev.kefu.intents.entities;

/**
 * Kinds of entity kefu finds in messages; the personal ones are redacted before storage. Postal
 * addresses are found by the redactor of {@code bot-core}, not by {@link EntityExtractor}.
 */
public enum EntityType {
    EMAIL(true), PHONE(true), PRC_ID(true), BANK_CARD(true), ADDRESS(true), ORDER_NUMBER(false), MONEY(false), DATE(false);

    private final boolean personal;

    EntityType(boolean personal) {
        this.personal = personal;
    }

    public boolean isPersonal() {
        return personal;
    }
}
