package nl.k80.wendbaar.framework;

/** A topic as the afwegingskader last assessed it: the inputs and the decision of its latest evaluation. */
record PastAssessment(String reference, String title, Inputs inputs, String decision, int version) {}
