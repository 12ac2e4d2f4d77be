"""Shared by the kernel benchmarks: install this build's kernelspec into a private folder, start a kernel, read RSS."""
import contextlib
import os
import subprocess
import time

from jupyter_client.manager import KernelManager

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAVA = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"


def install(data_dir):
    """Installs target/tablebook.jar as the "tablebook" kernel, visible only through data_dir."""
    os.environ["JUPYTER_DATA_DIR"] = data_dir
    os.environ["JUPYTER_PATH"] = data_dir
    subprocess.run([JAVA, "-jar", os.path.join(ROOT, "target", "tablebook.jar"), "install", "--user"],
                   check=True, stdout=subprocess.DEVNULL)


def install_variants(data_dir, variants):
    """Installs one kernel per variant, visible only through data_dir, and returns their names.

    A variant is the arguments of `tablebook install` after the name (`-` for none), led by `@JAR` to
    install from another build's jar than target/tablebook.jar."""
    os.environ["JUPYTER_DATA_DIR"] = data_dir
    os.environ["JUPYTER_PATH"] = data_dir
    names = []
    for i, variant in enumerate(variants):
        name = f"tablebook-{i}"
        options = variant.split()
        jar = os.path.join(ROOT, "target", "tablebook.jar")
        if options and options[0].startswith("@"):
            jar = options.pop(0)[1:]
        options = [o for o in options if o != "-"]
        subprocess.run([JAVA, "-jar", jar, "install", "--user", "--name", name] + options, check=True,
                       stdout=subprocess.DEVNULL)
        names.append(name)
    return names


def interleaved(names, runs, measure):
    """Calls measure(name) `runs` times for each name, the names taking turns (so a noisy moment hits
    every variant alike); returns each name's results in order."""
    results = {name: [] for name in names}
    for _ in range(runs):
        for name in names:
            results[name].append(measure(name))
    return results


def java_version():
    """The first line of `java -version` for the Java the kernels run on."""
    return subprocess.run([JAVA, "-version"], capture_output=True, text=True).stderr.splitlines()[0]


def rss_mb(pid):
    """Resident memory of a process, in MB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def execute(kc, code):
    """Runs code through a jupyter_client KernelClient and returns its execute_reply."""
    msg_id = kc.execute(code)
    while True:
        reply = kc.get_shell_msg(timeout=120)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


@contextlib.contextmanager
def started(name):
    """Starts kernel NAME and runs `1 + 1`; yields (manager, client, seconds to kernel_info_reply, to that first result)."""
    km = KernelManager(kernel_name=name)
    start = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.kernel_info()
        kc.get_shell_msg(timeout=120)
        info = time.perf_counter() - start
        reply = execute(kc, "1 + 1")
        first = time.perf_counter() - start
        assert reply["content"]["status"] == "ok", reply["content"]
        yield km, kc, info, first
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)

