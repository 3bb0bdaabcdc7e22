package dev.kefu.sentiment.moderation;

/** What kind of harm a message does; {@link #NONE} for a clean message. */
public enum Category {
    NONE,
    /** Swearing not aimed at anyone in particular (fuck this, 他妈的). */
    PROFANITY,
    /** Name-calling aimed at a person (idiot, 傻逼, 白痴). */
    INSULT,
    /** Threats, wishing death, doxxing (I'll kill you, 我知道你住哪, 去死). */
    HARASSMENT,
    /** Slurs and derogatory generalisations about a region, gender, race, religion or orientation. */
    HATE,
    /** Sexual harassment and explicit sexual content. */
    SEXUAL,
    /** Advertising, scams and floods (加微信, 刷单, crypto giveaways, one character a thousand times). */
    SPAM
}
