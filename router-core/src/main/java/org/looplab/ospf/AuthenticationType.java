package org.looplab.ospf;

/** IOS's OSPF authentication types: none ({@code null}), a simple password, MD5 ({@code message-digest}). */
public enum AuthenticationType { NULL, SIMPLE, MESSAGE_DIGEST }
