package org.partnershiphealth.advisor.service;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends invitation and reminder e-mails through the SMTP server configured under {@code spring.mail.*}. Without
 * one, {@link #available()} is false and the consultant hands the personal links out another way (copied, or a
 * CSV for a mail merge).
 */
@Component
public class InvitationMailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    public InvitationMailer(ObjectProvider<JavaMailSender> sender,
                            @Value("${pha.mail.from:${spring.mail.username:}}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public boolean available() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends one plain-text e-mail; the reply goes to {@code replyTo} (the consultant) when given.
     *
     * @return null when sent, otherwise why not, in a sentence
     */
    public String send(String to, String subject, String body, String replyTo) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return "no SMTP server is configured (spring.mail.host)";
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from == null || from.isBlank() ? "partnership-health-advisor@localhost" : from);
        message.setTo(to);
        if (replyTo != null) {
            message.setReplyTo(replyTo);
        }
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
            return null;
        } catch (MailException e) {
            String reason = e.getMostSpecificCause().getMessage();
            return reason == null ? e.getClass().getSimpleName() : reason.strip();
        }
    }
}
