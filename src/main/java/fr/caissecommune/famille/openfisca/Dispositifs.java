package fr.caissecommune.famille.openfisca;

import java.util.List;

import fr.caissecommune.regles.JeuDeParametres;

/** La liste des dispositifs de la caisse branchés sur les cas et l'API OpenFisca (un par ligne, pour des fusions simples). */
final class Dispositifs {

    private Dispositifs() {
    }

    static List<Dispositif> tous(JeuDeParametres parametres) {
        var allocationsFamiliales = new AllocationsFamilialesOpenFisca(parametres);
        var prestationsFamiliales = new PrestationsFamilialesOpenFisca(parametres);
        var rsa = new RsaOpenFisca(parametres, allocationsFamiliales, prestationsFamiliales);
        return List.of(
                allocationsFamiliales,
                prestationsFamiliales,
                new AahOpenFisca(parametres),
                rsa,
                new PrimeDActiviteOpenFisca(parametres, rsa),
                new AideAuLogementOpenFisca(parametres));
    }
}
