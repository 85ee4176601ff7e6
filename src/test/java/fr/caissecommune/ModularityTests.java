package fr.caissecommune;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** L'architecture qui ne peut pas se périmer : les modules, leurs dépendances autorisées, leur documentation. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CaisseCommuneApplication.class);

    @Test
    void lesModulesRespectentLeursFrontieres() {
        MODULES.verify();
    }

    @Test
    void documenteLesModules() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
    }
}
