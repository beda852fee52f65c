package cn.justice.yearbook.validate;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.config.YearbookProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ValidateConfiguration {

    @Bean
    SubmissionValidator submissionValidator(Catalogue catalogue) {
        return new SubmissionValidator(catalogue);
    }

    @Bean
    CrossSubmissionReview crossSubmissionReview(Catalogue catalogue, YearbookProperties properties) {
        YearbookProperties.Validation v = properties.validation();
        return new CrossSubmissionReview(catalogue, v.yoyMinChange(), v.peerMinTownships(), v.peerModifiedZ(),
                v.peerMinDeviation());
    }
}
