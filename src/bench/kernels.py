"""Shared by the kernel benchmarks: install this build's kernelspec into a private folder, read RSS."""
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAVA = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"


def install(data_dir):
    """Installs target/tablebook.jar as the "tablebook" kernel, visible only through data_dir."""
    os.environ["JUPYTER_DATA_DIR"] = data_dir
    os.environ["JUPYTER_PATH"] = data_dir
    subprocess.run([JAVA, "-jar", os.path.join(ROOT, "target", "tablebook.jar"), "install", "--user"],
                   check=True, stdout=subprocess.DEVNULL)


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
