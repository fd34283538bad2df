package org.tracker.directory.api;

/** The processing group of the directory: the one subscribing processor. */
public final class DirectoryGroup {

  public static final String NAME = "directory";

  private DirectoryGroup() {}
}
