// Loaded by magic-placement.ipynb: one line on stdout shows that the magic ran.
System.out.println("ran.jsh ran");
