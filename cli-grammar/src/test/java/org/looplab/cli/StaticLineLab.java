package org.looplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * r1 Gi0/0 --- Gi0/0 r2 Gi0/1 --- Gi0/0 r3, Loopback0 10.0.0.1 on r1 and 10.0.0.3 on r3, static routes:
 * default routes on r1 and r3 toward r2, host routes to both loopbacks on r2.
 */
public final class StaticLineLab {
    public final Kernel kernel;
    public final Router one;
    public final Router two;
    public final Router three;

    public StaticLineLab(String name, long seed) {
        kernel = new Kernel(seed);
        Lab lab = new Lab(name, kernel);
        one = lab.addRouter("r1");
        two = lab.addRouter("r2");
        three = lab.addRouter("r3");
        lab.connect(one, InterfaceName.gigabitEthernet(0), two, InterfaceName.gigabitEthernet(0));
        lab.connect(two, InterfaceName.gigabitEthernet(1), three, InterfaceName.gigabitEthernet(0));
        assertEquals(List.of(), ConfigLoader.apply(one, """
                hostname R1
                interface Loopback0
                 ip address 10.0.0.1 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.12.1 255.255.255.0
                 no shutdown
                ip route 0.0.0.0 0.0.0.0 10.0.12.2
                """));
        assertEquals(List.of(), ConfigLoader.apply(two, """
                hostname R2
                interface GigabitEthernet0/0
                 ip address 10.0.12.2 255.255.255.0
                 no shutdown
                interface GigabitEthernet0/1
                 ip address 10.0.23.2 255.255.255.0
                 no shutdown
                ip route 10.0.0.1 255.255.255.255 10.0.12.1
                ip route 10.0.0.3 255.255.255.255 10.0.23.3
                """));
        assertEquals(List.of(), ConfigLoader.apply(three, """
                interface Loopback0
                 ip address 10.0.0.3 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.23.3 255.255.255.0
                 no shutdown
                ip route 0.0.0.0 0.0.0.0 10.0.23.2
                """));
    }
}
