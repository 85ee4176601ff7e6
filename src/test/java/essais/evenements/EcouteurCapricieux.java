package essais.evenements;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Un écouteur qui échoue tant qu'on le lui demande : il simule une panne pendant la livraison. */
@Component
public class EcouteurCapricieux {

    public static final AtomicBoolean EN_PANNE = new AtomicBoolean();
    public static final List<String> RECUS = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener(id = "essais.ecouteur-capricieux")
    void surEvenement(EvenementDEssai evenement) {
        if (EN_PANNE.get()) {
            throw new IllegalStateException("Panne simulée de l'écouteur");
        }
        RECUS.add(evenement.contenu());
    }
}
