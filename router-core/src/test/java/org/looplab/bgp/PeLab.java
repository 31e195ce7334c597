package org.looplab.bgp;

import java.util.ArrayList;
import java.util.List;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * The VRF tests' lab: a router "pe" whose Gi0/N is cabled to the Gi0/0 of the N-th CE named, every
 * interface of every router no shut. Addresses and protocols are the test's.
 */
final class PeLab {
    final Kernel kernel;
    final Router pe;
    final List<Router> ces = new ArrayList<>();

    PeLab(String name, long seed, String... ceNames) {
        kernel = new Kernel(seed);
        Lab lab = new Lab(name, kernel);
        pe = lab.addRouter("pe");
        for (String ceName : ceNames) {
            ces.add(lab.addRouter(ceName));
        }
        for (int n = 0; n < ces.size(); n++) {
            lab.connect(pe, InterfaceName.gigabitEthernet(n), ces.get(n), InterfaceName.gigabitEthernet(0));
        }
        for (Router router : lab.routers()) {
            for (Interface each : router.interfaces()) {
                router.setShutdown(each, false);
            }
        }
    }

    static Interface port(Router router, int number) {
        return router.interfaceNamed(InterfaceName.gigabitEthernet(number));
    }

    /** Fails the test with IOS's refusal when a configuration method refused. */
    static void check(String refusal) {
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
    }
}
