import { Module } from '@nestjs/common';
import { PipelineModule } from '@crm/pipeline';
import { FilesService } from './files.service';

@Module({ imports: [PipelineModule], providers: [FilesService], exports: [FilesService] })
export class FilesModule {}
