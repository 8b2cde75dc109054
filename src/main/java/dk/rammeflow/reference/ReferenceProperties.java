package dk.rammeflow.reference;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param location directory holding {@code parties.yaml}, {@code fora.yaml} and {@code
 *     external-bodies.yaml}, as a Spring resource location ({@code classpath:}, {@code file:}) or
 *     a plain file-system path
 */
@ConfigurationProperties("rammeflow.reference")
public record ReferenceProperties(
    @DefaultValue(ReferenceDataLoader.DEFAULT_LOCATION) String location) {}
