package dk.rammeflow.startup;

/** Whether a process instance still exists in the engine and has not ended. */
public interface ProcessInstanceProbe {

  boolean isActive(long processInstanceKey);
}
