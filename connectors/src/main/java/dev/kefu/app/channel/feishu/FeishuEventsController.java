package dev.kefu.app.channel.feishu;

import dev.kefu.app.channel.ForgedDeliveryException;
import dev.kefu.app.channel.InboundPayloads;
import dev.kefu.app.web.InvalidInputException;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Feishu's event request URL. An event is verified against its signature over the raw body before
 * it is opened (decrypted) and read, and must carry the Verification Token; the
 * {@code url_verification} challenge of the console, which Feishu may send unsigned, is answered
 * only when it decrypts with the Encrypt Key and carries the Verification Token, and any failure of
 * an unsigned request is the same 401.
 */
@RestController
@ConditionalOnProperty(prefix = "kefu.channels.feishu", name = "enabled", havingValue = "true")
class FeishuEventsController {

    private final FeishuEvents events;
    private final FeishuSignature signature;
    private final FeishuEncryption encryption;
    private final String verificationToken;

    FeishuEventsController(FeishuEvents events, FeishuSignature signature, FeishuEncryption encryption,
                           FeishuProperties properties) {
        this.events = events;
        this.signature = signature;
        this.encryption = encryption;
        this.verificationToken = properties.verificationToken();
    }

    @PostMapping(path = "/api/v1/channels/feishu/events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> receive(
            @RequestHeader(name = "X-Lark-Request-Timestamp", required = false) String timestamp,
            @RequestHeader(name = "X-Lark-Request-Nonce", required = false) String nonce,
            @RequestHeader(name = "X-Lark-Signature", required = false) String signed,
            @RequestBody byte[] body) {
        if (signed == null) {
            return ResponseEntity.ok(Map.of("challenge", unsignedChallenge(body)));
        }
        signature.verify(timestamp, nonce, signed, body);
        JsonNode payload = encryption.open(body);
        if ("url_verification".equals(InboundPayloads.text(payload, "type"))) {
            checkToken(InboundPayloads.text(payload, "token"));
            String challenge = InboundPayloads.text(payload, "challenge");
            return challenge == null ? ResponseEntity.badRequest().build() : ResponseEntity.ok(Map.of("challenge", challenge));
        }
        checkToken(InboundPayloads.text(payload.path("header"), "token"));
        if (FeishuEvents.MESSAGE_RECEIVED.equals(InboundPayloads.text(payload.path("header"), "event_type"))) {
            events.handle(payload);
        }
        return ResponseEntity.ok(Map.of());
    }

    private String unsignedChallenge(byte[] body) {
        try {
            JsonNode payload = encryption.open(body);
            String challenge = InboundPayloads.text(payload, "challenge");
            if ("url_verification".equals(InboundPayloads.text(payload, "type")) && challenge != null) {
                checkToken(InboundPayloads.text(payload, "token"));
                return challenge;
            }
        } catch (InvalidInputException | ForgedDeliveryException e) {
            // the same answer whatever failed, so that an unsigned request learns nothing about the decryption
        }
        throw new ForgedDeliveryException("feishu: an unsigned request that is not the console's url_verification");
    }

    private void checkToken(String token) {
        if (!InboundPayloads.sameSecret(token, verificationToken)) {
            throw new ForgedDeliveryException("feishu: wrong or missing verification token");
        }
    }
}
