/** The cold-start reference: a bare JVM start on the same runtime, printing one line. */
public final class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
