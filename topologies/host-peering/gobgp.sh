#!/usr/bin/env bash
# Runs GoBGP's gobgpd (Debian package gobgpd) as the host speaker of topologies/host-peering: AS 65100
# on 127.0.0.2:10179, peering with r1 (127.1.0.1) and r3 (127.1.0.3) at BGP port ${BGP_PORT:-1179},
# announcing its lab address 10.0.99.2 as next hop; its API on 127.0.0.2:50051 for the gobgp client.
# Start the lab first: ./looplab run --address-per-router --bgp-port 1179 topologies/host-peering
set -euo pipefail
command -v gobgpd >/dev/null || { echo "gobgpd is not installed: apt-get install gobgpd" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/gobgpd.toml" <<TOML
[global.config]
  as = 65100
  router-id = "10.255.0.1"
  port = 10179
  local-address-list = ["127.0.0.2"]
[global.apply-policy.config]
  export-policy-list = ["lab-next-hop"]
  default-export-policy = "accept-route"
[[policy-definitions]]
  name = "lab-next-hop"
  [[policy-definitions.statements]]
    name = "nh"
    [policy-definitions.statements.actions]
      route-disposition = "accept-route"
      [policy-definitions.statements.actions.bgp-actions]
        set-next-hop = "10.0.99.2"
TOML
for router in 127.1.0.1 127.1.0.3; do
  cat >> "$dir/gobgpd.toml" <<TOML
[[neighbors]]
  [neighbors.config]
    neighbor-address = "$router"
    peer-as = 65000
  [neighbors.transport.config]
    local-address = "127.0.0.2"
    remote-port = ${BGP_PORT:-1179}
TOML
done
echo "gobgpd: config in $dir/gobgpd.toml; API on 127.0.0.2:50051 (gobgp -u 127.0.0.2 -p 50051 neighbor)"
gobgpd -t toml -f "$dir/gobgpd.toml" --api-hosts 127.0.0.2:50051 --log-plain
