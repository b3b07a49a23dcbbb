# free_port: prints a free TCP port, one that refuses a connection (bash's /dev/tcp; no extra tools).
# Sourced by deploy/lib/check-common.sh and src/bench/page-benchmark.sh; it defines a function and
# nothing else, so sourcing it has no side effects.
# Ports come from below the kernel's ephemeral range: a port in that range can be the local end
# of an outgoing connection (the tests just made thousands), which is invisible to the probe below
# but makes a listener on 0.0.0.0 fail to bind ("Server failed to start", seen in CI).
# shellcheck shell=bash
free_port() {
    local port low=32768
    [[ -r /proc/sys/net/ipv4/ip_local_port_range ]] && read -r low _ </proc/sys/net/ipv4/ip_local_port_range
    ((low > 16000)) || low=32768
    for _ in $(seq 200); do
        port=$((15000 + RANDOM % (low - 15000)))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "no free port between 15000 and $low" >&2
    return 1
}
