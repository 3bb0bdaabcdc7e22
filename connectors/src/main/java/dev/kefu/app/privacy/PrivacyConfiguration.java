package dev.kefu.app.privacy;

import dev.kefu.core.privacy.PersonalRecords;
import dev.kefu.core.privacy.RetentionSweeper;
import dev.kefu.core.privacy.UserDataEraser;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.kb.unanswered.UnansweredLog;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Retention and the right to be forgotten: the sweep of conversations past {@code kefu.privacy.retention},
 * and the eraser of a user's data, which reaches every bean that is {@link PersonalRecords} (the
 * rate limiter, the recent messages, the unanswered-questions log).
 */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    RetentionSweeper retentionSweeper(ConversationStore store, PrivacyProperties privacy) {
        return new RetentionSweeper(store, privacy.retention(), Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    RetentionSchedule retentionSchedule(RetentionSweeper sweeper, PrivacyProperties privacy) {
        return new RetentionSchedule(sweeper, privacy.sweepInterval());
    }

    @Bean
    UnansweredQuestionRecords unansweredQuestionRecords(UnansweredLog log) {
        return new UnansweredQuestionRecords(log);
    }

    @Bean
    UserDataEraser userDataEraser(ConversationStore store, ObjectProvider<PersonalRecords> records) {
        return new UserDataEraser(store, records.orderedStream().toList());
    }
}
