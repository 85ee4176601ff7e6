package fr.caissecommune.famille.openfisca;

import java.util.List;

/** Un cas que le calcul ne sait pas traiter fidèlement : il est ignoré, avec la raison, plutôt que faussé. */
final class NonPrisEnCharge extends RuntimeException {

    final List<String> variables;

    NonPrisEnCharge(String raison, List<String> variables) {
        super(raison, null, false, false);
        this.variables = List.copyOf(variables);
    }

    NonPrisEnCharge(String raison, String variable) {
        this(raison, List.of(variable));
    }
}
