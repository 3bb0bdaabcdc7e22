package dev.kefu.sentiment.moderation;

/**
 * What kind of harm a message does; {@link #NONE} for a clean message. Listed from the least harm to
 * the most, which decides between two findings of one severity.
 */
public enum Category {
    NONE,
    /** Advertising, scams and floods (加微信, 刷单, crypto giveaways, one character a thousand times). */
    SPAM,
    /** Swearing not aimed at anyone in particular (fuck this, 他妈的). */
    PROFANITY,
    /** Name-calling aimed at a person (idiot, 傻逼, 白痴). */
    INSULT,
    /** Sexual harassment and explicit sexual content. */
    SEXUAL,
    /** Slurs and derogatory generalisations about a region, gender, race, religion or orientation. */
    HATE,
    /** Threats, wishing death, doxxing (I'll kill you, 我知道你住哪, 去死). */
    HARASSMENT
}
