// A script that uses a magic: magics in loaded files run as they do in cells.
%classpath lib/classes
import dev.tablebook.fixture.Wave;
