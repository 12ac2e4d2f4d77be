// Loaded by magic-placement.ipynb through a quoted and a backslash-escaped argument.
System.out.println("file with spaces.jsh ran");
