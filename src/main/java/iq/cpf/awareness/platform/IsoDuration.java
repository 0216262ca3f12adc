package iq.cpf.awareness.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A positive ISO-8601 duration of days and time such as {@code P7D}, {@code P1DT12H} or {@code
 * PT2H}. Months and years are refused: their length depends on the date they start from.
 */
@Documented
@Constraint(validatedBy = IsoDuration.Validator.class)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoDuration {

    String message() default "{field.duration}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoDuration, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                Duration duration = parse(value);
                return !duration.isNegative() && !duration.isZero() && duration.toDays() <= 366;
            } catch (DateTimeException | ArithmeticException e) {
                return false;
            }
        }

        /**
         * Parses {@code P7D}, {@code PT2H} and {@code P1DT2H}; {@link Duration#parse} alone rejects
         * none of them.
         */
        public static Duration parse(String value) {
            String text = value.trim().toUpperCase(Locale.ROOT);
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                Period period = Period.parse(text);
                if (period.getYears() != 0 || period.getMonths() != 0) {
                    throw new DateTimeException("months and years have no fixed length: " + value);
                }
                return Duration.ofDays(period.getDays());
            }
        }
    }
}
