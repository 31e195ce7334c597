"""NAPALM's ios driver (napalm/ios/ios.py) is not packaged for Debian: this replays its command
sequences with Netmiko, as the driver sends them, against a looplab router. Prints RESULT lines."""
import re
import sys

from netmiko import ConnectHandler, FileTransfer

port = int(sys.argv[1])
conn = ConnectHandler(device_type="cisco_ios", host="127.0.0.1", port=port, username="admin", password="admin")
checks = {}

# The lab's side of NAPALM's prerequisites: the archive (for revert trigger error) and the SCP server.
conn.send_config_set(["archive", "path flash:archive", "ip scp server enable"])

# IOSDriver.dest_file_system -> _discover_file_system -> netmiko _autodetect_fs
fs = conn._autodetect_fs()
checks["autodetect flash0:"] = fs == "flash0:"


def file_prompt_quiet():
    # @_file_prompt_quiet with auto_file_prompt=True
    conn.send_config_set(["file prompt quiet"])


def xfer(config, dest_file):
    # _load_candidate_wrapper(source_config=...) -> _scp_file -> _xfer_file(TransferClass=FileTransfer)
    path = "/tmp/napalm-%d-%s" % (port, dest_file)
    with open(path, "w") as f:
        f.write(config)
    with FileTransfer(conn, source_file=path, dest_file=dest_file, direction="put", file_system=fs) as transfer:
        if transfer.check_file_exists() and transfer.compare_md5():
            return True
        if not transfer.verify_space_available():
            return False
        out = conn.send_command_expect("show running-config | inc ip scp server enable")
        if "ip scp server enable" not in out:
            return False
        transfer.transfer_file()
        return transfer.verify_file()


def gen_full_path(name):
    return "{}/{}".format(fs, name)


def check_file_exists(cfg_file):
    out = conn.send_command_expect("dir {}".format(cfg_file))
    return "Error opening" not in out and "Directory of {}".format(cfg_file) in out


def commit_handler(cmd):
    file_prompt_quiet()
    current_prompt = conn.find_prompt().strip()
    pattern = r"[>#{}]\s*$".format(current_prompt[-1])
    output = conn.send_command_expect(cmd, expect_string=pattern)
    conn.set_base_prompt()
    return output


running = conn.send_command("show running-config")
candidate = re.sub(r"(?s)^.*?\n!\n", "!\n", running, count=1)  # from the first "!" on, as a saved file
# (Not the hostname: NAPALM's rollback() waits for the prompt it had, as it does against a real IOS.)
candidate = re.sub(r"interface Loopback1\n( [^\n]*\n)*!\n", "", candidate)
candidate = candidate.replace("interface Loopback0\n", "interface Loopback77\n ip address 10.77.77.77 255.255.255.255\n!\ninterface Loopback0\n")

# load_replace_candidate(config=...)
checks["load_replace_candidate"] = xfer(candidate, "candidate_config.txt")
# compare_config(): show archive config differences system:/running-config <fs>/candidate_config.txt
diff = conn.send_command_expect("show archive config differences {} {}".format(
    "system:/running-config", gen_full_path("candidate_config.txt")))
print(diff)
checks["compare_config"] = "+interface Loopback77" in diff and "-interface Loopback1\n" in diff

# commit_config(): _gen_rollback_cfg, the replace, save_config
file_prompt_quiet()
conn.send_command_expect("copy running-config {}".format(gen_full_path("rollback_config.txt")))
checks["candidate exists"] = check_file_exists(gen_full_path("candidate_config.txt"))
out = commit_handler("configure replace {} force revert trigger error".format(gen_full_path("candidate_config.txt")))
print(out)
checks["commit_config"] = ("error" not in out.lower() and "failed" not in out.lower()
                           and "Rollback Done" in out and "%Please turn config archive on" not in out)
out = conn.save_config()
checks["saved"] = "[OK]" in out
brief = conn.send_command("show ip interface brief")
checks["committed"] = "10.77.77.77" in brief and "192.168.1.1" not in brief

# rollback(): configure replace <fs>/rollback_config.txt force, then save_config
checks["rollback exists"] = check_file_exists(gen_full_path("rollback_config.txt"))
out = conn.send_command_expect("configure replace {} force".format(gen_full_path("rollback_config.txt")))
conn.set_base_prompt()
conn.save_config()
brief = conn.send_command("show ip interface brief")
checks["rolled back"] = "Loopback77" not in brief and "192.168.1.1" in brief

# load_merge_candidate(config=...), compare_config() for a merge, commit_config() as a merge
checks["load_merge_candidate"] = xfer("interface Loopback88\n ip address 10.88.88.88 255.255.255.255\nend\n", "merge_config.txt")
diff = conn.send_command_expect("show archive config incremental-diffs {} ignorecase".format(gen_full_path("merge_config.txt")))
print(diff)
checks["merge diff"] = "interface Loopback88" in diff and "% Invalid" not in diff
file_prompt_quiet()
conn.send_command_expect("copy running-config {}".format(gen_full_path("rollback_config.txt")))
out = commit_handler("copy {} running-config".format(gen_full_path("merge_config.txt")))
checks["merged"] = "Invalid input detected" not in out and "10.88.88.88" in conn.send_command("show ip interface brief")
conn.save_config()

# discard_config()
file_prompt_quiet()
conn.send_command_expect("copy running-config {}".format(gen_full_path("candidate_config.txt")))
conn.send_command_expect("copy null: {}".format(gen_full_path("merge_config.txt")))
checks["discarded"] = re.search(r"\s0\s+\w+ +\d+ \d+ [\d:]+ \+00:00  merge_config.txt",
                                conn.send_command("dir {}".format(gen_full_path("merge_config.txt")))) is not None

# close(): file prompt back as it was
conn.send_config_set(["no file prompt quiet"])
checks["prompt back"] = "file prompt quiet" not in conn.send_command("show running-config")
conn.disconnect()

for name, ok in checks.items():
    print("RESULT", name, "ok" if ok else "FAILED")
print("RESULT all:", "ok" if all(checks.values()) else "FAILED")
