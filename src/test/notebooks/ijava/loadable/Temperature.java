package corpus.loadable;

/** A Java source file with a package line: %load runs it as JShell code, in no package. */
public record Temperature(double celsius) {
    public double fahrenheit() {
        return celsius * 9 / 5 + 32;
    }
}
