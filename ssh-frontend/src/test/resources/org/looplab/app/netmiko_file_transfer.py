"""Netmiko's file_transfer (SCP) to and from a looplab router, as its docs show it; prints RESULT lines."""
import hashlib
import os
import sys
import tempfile

from netmiko import ConnectHandler, file_transfer

port = int(sys.argv[1])
device = {"device_type": "cisco_ios", "host": "127.0.0.1", "port": port,
          "username": "admin", "password": "admin"}
work = tempfile.mkdtemp()
source = os.path.join(work, "candidate.cfg")
with open(source, "w") as f:
    f.write("hostname R1\ninterface Loopback42\n ip address 10.42.42.42 255.255.255.255\nend\n")

with ConnectHandler(**device) as conn:
    conn.send_config_set(["ip scp server enable"])
    put = file_transfer(conn, source_file=source, dest_file="candidate.cfg",
                        file_system="flash0:", direction="put", overwrite_file=True)
    print("RESULT put:", put)
    again = file_transfer(conn, source_file=source, dest_file="candidate.cfg",
                          file_system="flash0:", direction="put", overwrite_file=True)
    print("RESULT put again:", again)
    os.chdir(work)
    get = file_transfer(conn, source_file="candidate.cfg", dest_file="fetched.cfg",
                        file_system="flash0:", direction="get", overwrite_file=True)
    print("RESULT get:", get)
    same = open("fetched.cfg", "rb").read() == open(source, "rb").read()
    print("RESULT same bytes:", same)
    dir_out = conn.send_command("dir flash0:")
    print(dir_out)
    ok = (put["file_transferred"] and put["file_verified"] and not again["file_transferred"]
          and again["file_verified"] and get["file_verified"] and same and "candidate.cfg" in dir_out)
    print("RESULT all:", "ok" if ok else "FAILED")
