// A JShell script: its declarations stay in the session that loaded it.
int counter = 0;

void bump() {
    counter++;
}

System.out.println("counter.jsh loaded");
