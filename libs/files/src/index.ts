export * from './stored-file.entity';
export * from './file-type.util';
export * from './files.errors';
export * from './files.service';
export * from './files.module';
export * from './stored-file.view';
