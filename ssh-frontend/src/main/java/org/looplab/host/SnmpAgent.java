package org.looplab.host;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.TreeMap;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;
import org.looplab.snmp.SnmpConfig;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * One router's SNMPv1/v2c agent on its host endpoint: GET, GETNEXT and GETBULK over {@link MibView}.
 * SNMP4J reads and writes the messages; each request reads the router in one kernel task (as an SSH
 * session's command does), never from this thread. A request whose community the router does not have
 * gets no answer, as on IOS; SET is refused (the agent is read-only).
 */
final class SnmpAgent implements CommandResponder, AutoCloseable {
    /** Room left in a response for the header when GETBULK fills it. */
    private static final int RESPONSE_HEADER_ROOM = 100;

    private final Router router;
    private final Snmp snmp;
    /** When each interface's line protocol last changed, in sysUpTime ticks; kernel thread only. */
    private final Map<InterfaceName, Long> lastChange;

    private SnmpAgent(Router router, Snmp snmp, Map<InterfaceName, Long> lastChange) {
        this.router = router;
        this.snmp = snmp;
        this.lastChange = lastChange;
    }

    /** Listens on {@code address} for {@code router}; fails when the address cannot be bound. */
    static SnmpAgent start(Router router, InetSocketAddress address, Map<InterfaceName, Long> lastChange) throws IOException {
        DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(
                new UdpAddress(address.getAddress(), address.getPort()), true);
        transport.setThreadName("looplab-snmp-" + router.name());
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv1());
        dispatcher.addMessageProcessingModel(new MPv2c());
        Snmp snmp = new Snmp(dispatcher, transport);
        SnmpAgent agent = new SnmpAgent(router, snmp, lastChange);
        snmp.addCommandResponder(agent);
        snmp.listen();
        return agent;
    }

    @Override
    public void processPdu(CommandResponderEvent event) {
        PDU request = event.getPDU();
        if (request == null || event.getSecurityName() == null) {
            return;
        }
        String community = new String(event.getSecurityName(), StandardCharsets.ISO_8859_1);
        TreeMap<OID, Variable> mib;
        try {
            mib = router.kernel().call(() -> {
                SnmpConfig config = SnmpConfig.ifPresent(router);
                if (config == null || config.community(community) == null) {
                    return null;
                }
                return MibView.snapshot(router, config, lastChange);
            });
        } catch (RuntimeException stopped) {
            return; // the lab is stopping
        }
        if (mib == null) {
            return;
        }
        boolean v1 = event.getMessageProcessingModel() == org.snmp4j.mp.MessageProcessingModel.MPv1;
        PDU response = answer(request, mib, v1, event.getMaxSizeResponsePDU());
        if (response == null) {
            return;
        }
        try {
            event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(), event.getSecurityModel(),
                    event.getSecurityName(), event.getSecurityLevel(), response, event.getMaxSizeResponsePDU(),
                    event.getStateReference(), new StatusInformation());
            event.setProcessed(true);
        } catch (org.snmp4j.MessageException e) {
            // the manager is gone; nothing to tell it
        }
    }

    /** The response to one request, or null for a PDU type an agent does not answer. */
    static PDU answer(PDU request, TreeMap<OID, Variable> mib, boolean v1, int maxSize) {
        PDU response = (PDU) request.clone();
        response.setType(PDU.RESPONSE);
        response.setErrorStatus(PDU.noError);
        response.setErrorIndex(0);
        List<? extends VariableBinding> asked = request.getVariableBindings();
        switch (request.getType()) {
            case PDU.GET -> {
                List<VariableBinding> out = new ArrayList<>();
                for (int i = 0; i < asked.size(); i++) {
                    OID oid = asked.get(i).getOid();
                    Variable value = mib.get(oid);
                    if (value == null && v1) {
                        return error(request, SnmpConstants.SNMP_ERROR_NO_SUCH_NAME, i + 1);
                    }
                    out.add(new VariableBinding(oid, value != null ? value : missing(mib, oid)));
                }
                response.setVariableBindings(out);
            }
            case PDU.GETNEXT -> {
                List<VariableBinding> out = new ArrayList<>();
                for (int i = 0; i < asked.size(); i++) {
                    VariableBinding next = next(mib, asked.get(i).getOid());
                    if (next == null && v1) {
                        return error(request, SnmpConstants.SNMP_ERROR_NO_SUCH_NAME, i + 1);
                    }
                    out.add(next != null ? next : new VariableBinding(asked.get(i).getOid(), Null.endOfMibView));
                }
                response.setVariableBindings(out);
            }
            case PDU.GETBULK -> response.setVariableBindings(bulk(request, mib, maxSize));
            case PDU.SET -> {
                return error(request, v1 ? SnmpConstants.SNMP_ERROR_READ_ONLY : SnmpConstants.SNMP_ERROR_NOT_WRITEABLE, 1);
            }
            default -> {
                return null;
            }
        }
        return response;
    }

    /** RFC 3416 4.2.3: non-repeaters once, then up to max-repetitions rounds, as many as the size allows. */
    private static List<VariableBinding> bulk(PDU request, TreeMap<OID, Variable> mib, int maxSize) {
        List<? extends VariableBinding> asked = request.getVariableBindings();
        int nonRepeaters = Math.max(0, Math.min(request.getNonRepeaters(), asked.size()));
        int repetitions = Math.max(0, request.getMaxRepetitions());
        List<VariableBinding> out = new ArrayList<>();
        int size = RESPONSE_HEADER_ROOM;
        for (int i = 0; i < nonRepeaters; i++) {
            VariableBinding next = next(mib, asked.get(i).getOid());
            VariableBinding binding = next != null ? next : new VariableBinding(asked.get(i).getOid(), Null.endOfMibView);
            out.add(binding);
            size += binding.getBERLength();
        }
        List<OID> cursors = new ArrayList<>();
        for (int i = nonRepeaters; i < asked.size(); i++) {
            cursors.add(asked.get(i).getOid());
        }
        for (int round = 0; round < repetitions && !cursors.isEmpty(); round++) {
            boolean anyLeft = false;
            List<VariableBinding> row = new ArrayList<>();
            int rowSize = 0;
            for (int c = 0; c < cursors.size(); c++) {
                VariableBinding next = next(mib, cursors.get(c));
                VariableBinding binding = next != null ? next : new VariableBinding(cursors.get(c), Null.endOfMibView);
                anyLeft |= next != null;
                cursors.set(c, binding.getOid());
                row.add(binding);
                rowSize += binding.getBERLength();
            }
            if (size + rowSize > maxSize && !out.isEmpty()) {
                break;
            }
            out.addAll(row);
            size += rowSize;
            if (!anyLeft) {
                break;
            }
        }
        return out;
    }

    private static VariableBinding next(TreeMap<OID, Variable> mib, OID after) {
        Entry<OID, Variable> next = mib.higherEntry(after);
        return next == null ? null : new VariableBinding(next.getKey(), next.getValue());
    }

    /** noSuchInstance under an object the agent has, else noSuchObject (RFC 3416 4.2.1). */
    private static Variable missing(TreeMap<OID, Variable> mib, OID oid) {
        if (oid.size() > 1) {
            OID parent = new OID(oid);
            parent.trim(1);
            OID after = mib.higherKey(parent);
            if (after != null && after.startsWith(parent)) {
                return Null.noSuchInstance;
            }
        }
        return Null.noSuchObject;
    }

    private static PDU error(PDU request, int status, int index) {
        PDU response = (PDU) request.clone();
        response.setType(PDU.RESPONSE);
        response.setErrorStatus(status);
        response.setErrorIndex(index);
        return response;
    }

    /** Sends a trap from the agent's own socket (worker thread). */
    void send(PDU trap, org.snmp4j.Target<?> target) {
        try {
            snmp.send(trap, target);
        } catch (IOException e) {
            // a trap is unacknowledged: lost when it cannot leave
        }
    }

    @Override
    public void close() {
        try {
            snmp.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    static Map<InterfaceName, Long> newLastChangeTable() {
        return new HashMap<>();
    }
}
