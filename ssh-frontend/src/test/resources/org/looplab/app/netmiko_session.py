"""Drives one looplab router with Netmiko's cisco_ios driver, unchanged, as automation does.

Usage: netmiko_session.py PORT. Prints one "RESULT name: value" line per check; exits non-zero on the
first failure, with the reason.
"""
import sys

from netmiko import ConnectHandler


def check(name, condition, detail):
    if not condition:
        print("FAILED " + name + ": " + repr(detail))
        sys.exit(1)
    print("RESULT " + name + ": ok")


def main():
    port = int(sys.argv[1])
    device = ConnectHandler(device_type="cisco_ios", host="127.0.0.1", port=port,
                            username="oper", password="oper", secret="letmein")
    check("user prompt", device.find_prompt() == "R1>", device.find_prompt())
    device.enable()
    check("enable", device.check_enable_mode(), device.find_prompt())
    check("prompt", device.find_prompt() == "R1#", device.find_prompt())

    version = device.send_command("show version")
    check("show version", "Cisco IOS Software" in version and "R1 uptime is" in version, version)
    brief = device.send_command("show ip interface brief")
    check("show ip interface brief", "Loopback0" in brief and "10.0.0.1" in brief, brief)
    privilege = device.send_command("show privilege")
    check("show privilege", privilege.strip() == "Current privilege level is 15", privilege)
    check("show clock", device.send_command("show clock").strip() != "", "")

    # The echo is what was sent, byte for byte: no cursor movement after a bracket, no wrap at the PTY's
    # 80 columns for a long line (Netmiko set 'terminal width 511'), CR LF after it.
    long_command = ("show running-config | include hostname|ip address 10.0.0.1 255.255.255.255"
                    "|interface Loopback0|router ospf")
    check("long command", len(long_command) > 80, long_command)
    for command in ["show ip route (10.0.0.1) [x] {y}", long_command]:
        device.write_channel(command + "\n")
        raw = device.read_until_pattern(pattern=r"R1#")
        check("echo of " + command, raw.startswith(command + "\r\n") and "\x1b" not in raw
              and "\r\r\n" not in raw, raw)
    bracket = device.send_command("show ip route (x)")
    check("brackets", "% Invalid input detected at '^' marker." in bracket and "\x1b" not in bracket, bracket)
    filtered = device.send_command(long_command)
    check("long command output", filtered.startswith("hostname R1\n") and "\x1b" not in filtered, filtered)
    # An error in the command before '|' is printed whatever the modifier.
    piped = device.send_command("show ip route (x) | include x")
    check("error before the pipe", "% Invalid input detected at '^' marker." in piped, piped)
    check("lldp off", device.send_command("show lldp neighbors | include Gi").strip() == "% LLDP is not enabled",
          "")

    # | redirect writes the output to flash and prints nothing; more reads it back.
    redirected = device.send_command("show running-config | redirect flash:run.txt")
    check("redirect prints nothing", redirected.strip() == "", redirected)
    stored = device.send_command("more flash:run.txt")
    check("more the redirected file", stored.startswith("Building configuration...")
          and "hostname R1" in stored and "interface Loopback0" in stored, stored)
    teed = device.send_command("show ip interface brief | tee /append flash:run.txt")
    check("tee prints", "Loopback0" in teed, teed)
    check("tee appended", device.send_command("more flash:run.txt").rstrip().endswith(teed.rstrip().splitlines()[-1]), "")

    output = device.send_config_set(["interface Loopback5",
                                     "ip address 10.5.5.5 255.255.255.255",
                                     "description set by netmiko"])
    check("send_config_set", "Invalid" not in output and "R1#" in output, output)
    interface = device.send_command("show running-config interface Loopback5")
    check("config applied", "description set by netmiko" in interface
          and "ip address 10.5.5.5 255.255.255.255" in interface, interface)
    saved = device.save_config()
    check("save_config", "[OK]" in saved, saved)
    device.disconnect()
    print("RESULT all: ok")


if __name__ == "__main__":
    main()
