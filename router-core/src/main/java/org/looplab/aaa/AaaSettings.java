package org.looplab.aaa;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.looplab.router.Router;

/**
 * A router's AAA configuration: {@code aaa new-model}, the {@code aaa authentication login} method lists,
 * {@code aaa authorization exec} and {@code aaa accounting exec} lists. Kernel thread only.
 */
public final class AaaSettings {
    public static final String DEFAULT_LIST = "default";

    /** {@code aaa accounting exec LIST start-stop group NAME}. */
    public record AccountingList(String recordType, String group) {
    }

    private boolean newModel;
    private final Map<String, List<AaaMethod>> loginLists = new LinkedHashMap<>();
    private final Map<String, List<AaaMethod>> execAuthorization = new LinkedHashMap<>();
    private final Map<String, AccountingList> execAccounting = new LinkedHashMap<>();

    public static AaaSettings of(Router router) {
        return router.attachment(AaaSettings.class, r -> new AaaSettings());
    }

    /** The router's settings, or null when it has never had an aaa line (AAA off). */
    public static AaaSettings ifPresent(Router router) {
        return router.attachmentIfPresent(AaaSettings.class);
    }

    public boolean newModel() {
        return newModel;
    }

    public void setNewModel(boolean on) {
        this.newModel = on;
    }

    public Map<String, List<AaaMethod>> loginLists() {
        return loginLists;
    }

    public void setLoginList(String name, List<AaaMethod> methods) {
        if (methods == null) {
            loginLists.remove(name);
        } else {
            loginLists.put(name, List.copyOf(methods));
        }
    }

    public Map<String, List<AaaMethod>> execAuthorization() {
        return execAuthorization;
    }

    public void setExecAuthorization(String name, List<AaaMethod> methods) {
        if (methods == null) {
            execAuthorization.remove(name);
        } else {
            execAuthorization.put(name, List.copyOf(methods));
        }
    }

    public Map<String, AccountingList> execAccounting() {
        return execAccounting;
    }

    public void setExecAccounting(String name, AccountingList list) {
        if (list == null) {
            execAccounting.remove(name);
        } else {
            execAccounting.put(name, list);
        }
    }
}
