package org.looplab.config;

/** A local user: {@code username NAME privilege N secret ...}. IOS's default privilege is 1. */
public record UserAccount(String name, int privilege, Secret secret) {
    public static final int MIN_PRIVILEGE = 0;
    public static final int MAX_PRIVILEGE = 15;
    public static final int DEFAULT_PRIVILEGE = 1;
}
